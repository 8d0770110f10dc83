"""Collecting ties from the people who know them: surveys sent to group representatives and
sign-in sheets at events. Answers are staged as (:Response) and reach the network only when
a coordinator accepts them (review.py)."""
