package de.consortium.api.security;

/** Where the pages live, for the security that guards them and the language switch that applies to them. */
public final class PagePaths {

    /** Every path the pages (and their sign-in, assets and streams) answer. */
    public static final String[] PATHS = {"/", "/updates", "/projects/**", "/audit", "/audit/**", "/operations",
            "/operations/**", "/login", "/logout", "/forbidden", "/assets/**", "/oauth2/**", "/login/oauth2/**"};

    private PagePaths() {
    }
}
