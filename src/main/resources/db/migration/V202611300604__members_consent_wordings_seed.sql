-- The first wording of each purpose; admins add versions at /admin/consents.
INSERT INTO members_consent_wording (purpose, version, wording, created_at) VALUES
    ('offers', 1, 'Send me early access to discounts and offers by e-mail. You can stop these at any time from your account page.', TIMESTAMP WITH TIME ZONE '2026-11-30 06:00:00+00'),
    ('notifications', 1, 'E-mail me about activity on my account, such as replies to my comments. You can stop these at any time from your account page.', TIMESTAMP WITH TIME ZONE '2026-11-30 06:00:00+00');
