"""The command line ``guidelines``: a front end over the same core as the app."""
