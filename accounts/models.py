"""Sign-in keeps no models of its own: what a user follows and is sent is in notifications."""
