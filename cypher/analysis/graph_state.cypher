// The state of the graph and of its analysis, and who is asking, in one round trip: every
// request reads it once, when it signs in (service/auth/access.py, service/graph.py `state`).
// The graph's version stamp and the size of the network (from the count store): a cache key
// for projections and precomputed answers. Only the network's own labels and types count
// (NETWORK_LABELS and NETWORK_TYPES of service/template.py, written out here because a count
// store lookup needs its label or type in the statement: tests/test_template.py checks that
// they agree), so audit entries, sign-in counters, introductions, surveys and responses never
// make the network look changed. Each COUNT is one lookup; db.stats.retrieve('GRAPH COUNTS')
// returned every combination of labels and types and took as long as the rest of the statement.
// A mark of the last change of a name's visibility (not a change of the network: projections stay).
// What the stored bridging measures describe (service/precompute.status): the graph version
// they were computed for, in which format, when, how, in how many seconds, the graph version
// the lists of the areas and themes were stored for after them, and whether an analysis is
// storing now (someone holds the lease), and the graph version an analysis last failed for.
// Who is asking: the user of the live API token whose hash is $token (not revoked, the user
// not disabled), or of the sign-in session $session started within $hours (disabled or not:
// the caller ends the session of a disabled user); null for neither (both parameters null
// for a question asked by no one: the command line, background work).
// Columns: version, nodes, ties, shown, analysed_version, format, analysed, method, seconds, lists_version,
//          failed_version, analysing, asking (name, role, disabled, must_change, session_epoch)
WITH COUNT { (:Area) } + COUNT { (:Theme) } + COUNT { (:Capability) }
       + COUNT { (:Person) } + COUNT { (:Group) } + COUNT { (:Collaboration) }
       + COUNT { (:Event) } + COUNT { (:Intermediary) } AS nodes,
     COUNT { ()-[:MEMBER_OF]->() } + COUNT { ()-[:KNOWS]->() } + COUNT { ()-[:PARTNER_IN]->() }
       + COUNT { ()-[:NEEDS]->() } + COUNT { ()-[:OFFERS]->() } + COUNT { ()-[:RELATION]->() }
       + COUNT { ()-[:ACTIVE_IN]->() } + COUNT { ()-[:LIVES_IN]->() } + COUNT { ()-[:WORKS_ON]->() }
       + COUNT { ()-[:ADDRESSES]->() } + COUNT { ()-[:ATTENDED]->() } + COUNT { ()-[:ORGANIZED]->() }
       + COUNT { ()-[:SUPPORTS]->() } + COUNT { ()-[:PART_OF]->() } AS ties
OPTIONAL MATCH (m:TsunaguMeta {id: 'graph'})
OPTIONAL MATCH (b:TsunaguMeta {id: 'bridging'})
OPTIONAL MATCH (l:TsunaguMeta {id: 'analysis-lease'})
OPTIONAL MATCH (t:ApiToken {hash: $token}) WHERE NOT t.revoked
OPTIONAL MATCH (s:UserSession {id: $session}) WHERE s.started > datetime() - duration({hours: $hours})
OPTIONAL MATCH (u:User {name: coalesce(t.user, s.user)}) WHERE t IS NULL OR NOT u.disabled
RETURN m.version AS version,
       nodes, ties,
       m.shown AS shown,
       b.graph_version AS analysed_version, b.format AS format, toString(b.computed_at) AS analysed,
       b.method AS method, b.seconds AS seconds, b.lists_version AS lists_version,
       b.failed_version AS failed_version,
       coalesce(l.until > datetime(), false) AS analysing,
       CASE WHEN u IS NULL THEN null
            ELSE u {.name, .role, .disabled, .must_change, .session_epoch} END AS asking
