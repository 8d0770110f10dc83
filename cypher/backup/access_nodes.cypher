// Users, API tokens, embed tokens (hashes only, never a token), introductions, and the
// surveys, invitations, sign-in sheets and staged responses, with every property, for a
// backup. Columns: label, props
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken OR n:Introduction OR n:Survey OR n:SurveyInvite OR n:SignInSheet
   OR n:Response
RETURN [label IN labels(n) WHERE label IN $labels][0] AS label, properties(n) AS props
ORDER BY label
