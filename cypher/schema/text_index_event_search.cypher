// Search by name or kana: CONTAINS on the folded key (see service/search.py) uses a text index.
CREATE TEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON (n.search)
