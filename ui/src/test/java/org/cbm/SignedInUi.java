package org.cbm;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a user in for a Karibu view test: Spring Security's context and the fake request's principal and roles. */
public final class SignedInUi {

    private SignedInUi() {
    }

    public static void as(String... authorities) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("test-user", null,
                AuthorityUtils.createAuthorityList(authorities));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> Arrays.asList(authorities).contains("ROLE_" + role));
    }
}
