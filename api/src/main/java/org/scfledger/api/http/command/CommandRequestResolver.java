package org.scfledger.api.http.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.crypto.HashAlgorithm;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller its {@link CommandRequest}: the caller, the body as a JSON object, the Idempotency-Key. */
final class CommandRequestResolver implements HandlerMethodArgumentResolver {

    private final CommandDesk desk;
    private final ObjectMapper json;

    CommandRequestResolver(CommandDesk desk, ObjectMapper json) {
        this.desk = desk;
        this.json = json;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandRequest.class;
    }

    @Override
    public CommandRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest web,
            WebDataBinderFactory binders) throws IOException {
        var request = web.getNativeRequest(HttpServletRequest.class);
        if (!(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Caller caller)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "send an API key as 'Authorization: Bearer <key>'", null);
        }
        ObjectNode body = body(request);
        String path = request.getMethod() + " " + request.getRequestURI() + "\n" + body;
        return new CommandRequest(desk, caller, body, request.getHeader(CommandDesk.IDEMPOTENCY_KEY), HashAlgorithm.SHA256.digest(path.getBytes(StandardCharsets.UTF_8)),
                request.getRequestURI());
    }

    private ObjectNode body(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && !MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "send the body as application/json", null);
        }
        JsonNode node;
        try {
            node = json.readTree(request.getInputStream());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (node == null || node.isMissingNode()) {
            return json.createObjectNode();
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiProblem.badRequest("malformed-json", "the body must be a JSON object", null);
        }
        return object;
    }
}
