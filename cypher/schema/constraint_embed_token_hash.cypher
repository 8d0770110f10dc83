// Embed tokens are looked up by the hash of the token.
CREATE CONSTRAINT embed_token_hash IF NOT EXISTS FOR (t:EmbedToken) REQUIRE t.hash IS UNIQUE
