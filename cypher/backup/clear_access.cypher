// Before a restore: remove the users, tokens, introductions, surveys, invitations, sign-in
// sheets and responses the backup replaces, and every signed-in session (everyone signs in
// again after a restore). Columns: removed
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken OR n:Introduction OR n:Survey OR n:SurveyInvite OR n:SignInSheet
   OR n:Response OR n:UserSession
DETACH DELETE n
RETURN count(*) AS removed
