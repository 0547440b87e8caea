package org.masthead.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.platform.PublicPage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/** The page cache in front of everything, and Cache-Control on the handlers marked {@link PublicPage}. */
@Configuration(proxyBeanMethods = false)
class SiteWebConfig implements WebMvcConfigurer {

    private final SiteProperties props;

    SiteWebConfig(SiteProperties props) {
        this.props = props;
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ReaderParts readers, Clock clock) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, readers, props.privateCookies(), clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before security and metrics: a hit costs a map lookup
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        String cacheControl = props.publicCacheControl();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
                if (handler instanceof HandlerMethod m && (m.hasMethodAnnotation(PublicPage.class)
                        || m.getBeanType().isAnnotationPresent(PublicPage.class))) {
                    res.setHeader("Cache-Control", cacheControl);
                }
                return true;
            }
        });
    }
}
