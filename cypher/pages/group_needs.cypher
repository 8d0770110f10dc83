// A group and the needs it declared, for choosing what to look for; and the names of all
// capabilities (a need may be looked up even if the group has not declared it). Param: $id.
// Columns: group, needs [{id, name, priority, note, declared}], capabilities [{id, name}]
MATCH (g:Group {id: $id})
RETURN {id: g.id, name: g.name, kind: g.kind, sector: g.sector} AS group,
  COLLECT { MATCH (g)-[r:NEEDS]->(c:Capability)
            RETURN {id: c.id, name: c.name, priority: r.priority, note: r.note, declared: true}
            ORDER BY r.priority, c.name } AS needs,
  COLLECT { MATCH (c:Capability) RETURN {id: c.id, name: c.name} ORDER BY c.name } AS capabilities
