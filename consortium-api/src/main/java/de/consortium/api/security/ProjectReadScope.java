package de.consortium.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/** Every read of one project (its status, budget, resolutions, disbursements) is for those who may read it. */
@Configuration(proxyBeanMethods = false)
class ProjectReadScope implements WebMvcConfigurer {

    private final ProjectReaders readers;

    ProjectReadScope(ProjectReaders readers) {
        this.readers = readers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    return true;
                }
                Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                if (variables instanceof Map<?, ?> map && map.get("projectId") instanceof String projectId
                        && !readers.mayRead(Actor.current(), projectId)) {
                    throw new AccessDeniedException("You may read the projects your city belongs to; '" + projectId
                            + "' is not one of them.");
                }
                return true;
            }
        }).addPathPatterns("/api/projects/**");
    }
}
