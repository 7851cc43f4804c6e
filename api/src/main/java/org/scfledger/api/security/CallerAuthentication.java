package org.scfledger.api.security;

import java.util.ArrayList;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API key: READ for everyone, WRITE unless an auditor, READ_ALL for auditors and the operator, OPERATOR for the operator. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String READ = "READ";
    static final String WRITE = "WRITE";
    static final String OPERATOR = "OPERATOR";
    static final String READ_ALL = "READ_ALL";

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static ArrayList<SimpleGrantedAuthority> authorities(Caller caller) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(READ));
        if (caller.access().writes()) {
            authorities.add(new SimpleGrantedAuthority(WRITE));
        }
        if (caller.readsEverything()) {
            authorities.add(new SimpleGrantedAuthority(READ_ALL));
        }
        if (caller.access() == Access.OPERATOR) {
            authorities.add(new SimpleGrantedAuthority(OPERATOR));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.party().value() + "/" + caller.user();
    }
}
