package org.masthead.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lets an account page or action take the signed-in {@link ReaderIdentity} as a parameter, checked against the
 * database session on every request (a session ended elsewhere is refused at once), with the identity cookie
 * renewed on the way. Without a session: {@link ReaderSignInRequired}, a redirect to sign in.
 */
@Configuration(proxyBeanMethods = false)
class ReaderWebConfig implements WebMvcConfigurer {

    private final Readers readers;
    private final ReaderSessions sessions;

    ReaderWebConfig(Readers readers, ReaderSessions sessions) {
        this.readers = readers;
        this.sessions = sessions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ReaderIdentity.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                HttpServletRequest req = request.getNativeRequest(HttpServletRequest.class);
                ReaderIdentity who = readers.signedIn(req).orElseThrow(() -> new ReaderSignInRequired(
                        "GET".equals(req.getMethod()) ? req.getRequestURI() : SafePath.ACCOUNT));
                sessions.issueIdentity(who, request.getNativeResponse(HttpServletResponse.class));
                return who;
            }
        });
    }

    /** Sends a reader who is not signed in to the sign-in page, to come back afterwards. */
    @ControllerAdvice
    static class SignInFirst {
        @ExceptionHandler(ReaderSignInRequired.class)
        String signInFirst(ReaderSignInRequired e) {
            return "redirect:/account/sign-in?next=" + URLEncoder.encode(e.next(), StandardCharsets.UTF_8);
        }
    }
}
