package jp.office050.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * [ISPメールへの移行に同意しログインする]. It carries nothing: whom it signs in is what this session proved a moment
 * ago ({@link PendingConsent}), never what the page sent.
 */
public final class MigrationConsent implements Credential {}
