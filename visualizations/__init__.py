"""Map builders: query rows → a pyvis network → the data and options a map page draws."""
