package org.masthead.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

@Configuration(proxyBeanMethods = false)
class JteConfig {

    @Bean
    TemplateEngine jteTemplateEngine(PlatformProperties props) {
        if (props.jteDev()) { // hot reload: compiles changed templates on the next render
            TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(props.jteSource()),
                    Path.of("target/jte-dev-classes"), ContentType.Html, getClass().getClassLoader());
            engine.setBinaryStaticContent(true);
            return engine;
        }
        return TemplateEngine.createPrecompiled(ContentType.Html); // classes made by jte-maven-plugin:generate
    }

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }
}
