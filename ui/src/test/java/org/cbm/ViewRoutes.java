package org.cbm;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@code @Route} view of the application, for Karibu view tests. Views are package-private by design,
 * and Karibu's own discovery sees only public classes, so Spring's scanner finds them instead.
 */
public final class ViewRoutes {

    private ViewRoutes() {
    }

    public static Routes discover() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        scanner.findCandidateComponents("org.cbm").forEach(definition -> views.add(
                ClassUtils.resolveClassName(definition.getBeanClassName(), null).asSubclass(Component.class)));
        return new Routes(views, new HashSet<>(), true);
    }
}
