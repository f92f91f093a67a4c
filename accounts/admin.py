"""Sign-in has nothing to curate: following and the delivery log are in notifications.admin."""
