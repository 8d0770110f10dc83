// The respondent opened the link: remember when, the first time. Param: $id
MATCH (i:SurveyInvite {id: $id})
SET i.opened = coalesce(i.opened, datetime()),
    i.status = CASE WHEN i.status = 'not_opened' THEN 'opened' ELSE i.status END
