package org.scfledger.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import javax.sql.DataSource;
import org.scfledger.api.http.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every API request is authenticated by an API key. What each kind of key may do, by route: auditors only read
 * (every write needs WRITE; asking for an export job is not a write), the operator alone registers parties and closes
 * business days, auditors and the operator alone take whole exports and use the audit routes. Which party's data a
 * caller sees, and for whom it acts, is decided per resource ({@code Visibility}, and the write side's own rules on
 * the acting party).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    CredentialStore credentialStore(DataSource dataSource, Clock clock) {
        return new CredentialStore(dataSource, clock);
    }

    @Bean
    PartyDirectory partyDirectory(org.scfledger.core.journal.Journal journal) {
        return new PartyDirectory(journal);
    }

    @Bean
    ApiKeyAuthenticator apiKeyAuthenticator(CredentialStore credentials, Clock clock) {
        return new ApiKeyAuthenticator(credentials, clock);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeyAuthenticator authenticator, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    failure.getMessage() == null || failure.getMessage().startsWith("Full authentication")
                            ? "send an API key as 'Authorization: Bearer <key>'" : failure.getMessage(), null));
        };
        AccessDeniedHandler forbidden = (request, response, failure) -> Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN,
                "forbidden", "this API key may not " + request.getMethod() + " " + request.getRequestURI(), null));
        return http
                .csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: a forged request carries no key
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(authenticator, unauthenticated), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(routes -> routes
                        // a streamed answer (the export) is finished on an async dispatch of a request already let through
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
                                "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/parties").hasAuthority(CallerAuthentication.OPERATOR)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/parties/*/roles").hasAuthority(CallerAuthentication.OPERATOR)
                        .requestMatchers(HttpMethod.POST, "/api/v1/business-days/**").hasAuthority(CallerAuthentication.OPERATOR)
                        .requestMatchers("/api/v1/business-days/**").hasAuthority(CallerAuthentication.READ_ALL)
                        .requestMatchers("/api/v1/journal/export").hasAuthority(CallerAuthentication.READ_ALL)
                        // asking for an export job writes nothing to the ledger: auditors may, though they write nothing else;
                        // a party may ask for the slices of what it runs or funds (the controller checks which)
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/exports")
                                .hasAnyAuthority(CallerAuthentication.READ_ALL, CallerAuthentication.WRITE)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/exports", "/api/v1/audit/exports/**")
                                .hasAuthority(CallerAuthentication.READ)
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/**").hasAuthority(CallerAuthentication.READ_ALL)
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(CallerAuthentication.READ)
                        .requestMatchers("/api/v1/**").hasAuthority(CallerAuthentication.WRITE)
                        .anyRequest().authenticated())
                .exceptionHandling(failures -> failures.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Ids with a slash (a receivable's part, "RCV:R-1/2") travel in paths as %2F, which the server passes on
     * undecoded (so the servlet path holds a '%' too); Spring decodes each path variable once.
     */
    @Bean
    WebSecurityCustomizer encodedSlashes() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return web -> web.httpFirewall(firewall);
    }
}
