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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

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
        useSecurityContextsOf(context);
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        setUp(context);
    }

    /** Signs in the account with this e-mail address and opens the UI for it. */
    public static void as(ApplicationContext context, String email) {
        UserDetails principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        useSecurityContextsOf(context);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            // Where the login form leaves it: Vaadin's security context strategy reads it from the session.
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    SecurityContextHolder.getContext());
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
     * Makes Spring Security's static holder use the security contexts of this application context, which its method
     * security reads. A test run holds several application contexts (other properties, other beans), each with its
     * own holder strategy, and the holder names the last one created: without this, a service method of an earlier
     * context would find nobody signed in.
     */
    private static void useSecurityContextsOf(ApplicationContext context) {
        SecurityContextHolder.setContextHolderStrategy(context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy));
    }

    private static void setUp(ApplicationContext context) {
        if (routes == null) {
            routes = ViewRoutes.discover();
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }
}
