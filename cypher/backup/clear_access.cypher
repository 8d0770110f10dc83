// Before a restore: remove the users, tokens, introductions, surveys, invitations, sign-in
// sheets and responses the backup replaces. Columns: removed
MATCH (n)
WHERE n:User OR n:ApiToken OR n:EmbedToken OR n:Introduction OR n:Survey OR n:SurveyInvite OR n:SignInSheet
   OR n:Response
DETACH DELETE n
RETURN count(*) AS removed
