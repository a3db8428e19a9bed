-- Every acknowledged attempt looks for its app's held notifications (chaos "reverse").
-- They are rare; led by held, this index answers the look-up without reading the app's
-- other READY notifications, which ix_notification_app made it scan under load.
create index ix_notification_held on notification (held, app_id, status, id);
