package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class StaffConfig implements WebMvcConfigurer {

    /** bcrypt at cost 12 (OWASP ASVS); lowered only in tests. */
    @Bean
    PasswordEncoder staffPasswords(StaffProperties props) {
        return new BCryptPasswordEncoder(props.bcryptStrength());
    }

    /** Lets any controller of any module take the signed-in {@link StaffUser} as a parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == StaffUser.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Object user = request.getNativeRequest(HttpServletRequest.class).getAttribute(StaffSecurity.CURRENT);
                if (user == null) {
                    throw new AuthenticationCredentialsNotFoundException("sign in first");
                }
                return user;
            }
        });
    }
}
