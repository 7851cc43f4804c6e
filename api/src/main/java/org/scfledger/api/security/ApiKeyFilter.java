package org.scfledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads {@code Authorization: Bearer <API key>}; a request without one goes on unauthenticated, a bad one is refused. */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticator authenticator;
    private final AuthenticationEntryPoint refusal;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint refusal) {
        this.authenticator = authenticator;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refusal.commence(request, response, new BadCredentialsException("send the API key as 'Authorization: Bearer <key>'"));
            return;
        }
        var caller = ApiKey.parse(header.substring(BEARER.length())).flatMap(authenticator::authenticate);
        if (caller.isEmpty()) {
            refusal.commence(request, response, new BadCredentialsException("the API key is unknown or revoked"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
