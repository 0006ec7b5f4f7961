package org.cbm;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Opens the web UI for a Karibu view test, with the real views and Spring beans, either for an anonymous visitor
 * or for a user signed in as the login form would do it: the real account's principal in Spring Security's
 * context and on every (fake) request.
 */
public final class SignedInUi {

    /** The demo marketplace's accounts, one per role. */
    public static final String RECIPIENT = "recipient@demo.example";
    public static final String PROVIDER = "provider@demo.example";
    public static final String COORDINATOR = "coordinator@demo.example";
    public static final String ADMIN = "admin@demo.example";

    private static Routes routes;

    private SignedInUi() {
    }

    /** Opens the UI for an anonymous visitor. */
    public static void anonymous(ApplicationContext context) {
        useSecurityContextOf(context);
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        setUp(context);
    }

    /** Signs in the account with this e-mail address and opens the UI for it. */
    public static void as(ApplicationContext context, String email) {
        useSecurityContextOf(context);
        UserDetails principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((user, role) -> principal.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
            return request;
        });
        setUp(context);
    }

    public static void close() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        SecurityContextHolder.clearContext();
    }

    /**
     * Each Spring context has its own security context holder strategy (Vaadin's), which its secured services read;
     * the static holder points at the one of the context created last. Tests with a context of their own (other
     * properties) would otherwise leave later tests signed in where the services do not look.
     */
    private static void useSecurityContextOf(ApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    private static void setUp(ApplicationContext context) {
        if (routes == null) {
            routes = ViewRoutes.discover();
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }
}
