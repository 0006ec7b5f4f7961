package org.cbm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import kotlin.jvm.functions.Function0;
import org.cbm.ViewRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The login page lists the demo accounts and their password in demo mode, and never otherwise. */
class LoginViewTest {

    abstract static class OnLoginPage {

        @Autowired
        ApplicationContext context;

        @BeforeEach
        void openLoginPage() {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(ViewRoutes.discover(), context, uiFactory));
            UI.getCurrent().navigate(LoginView.class);
        }

        @AfterEach
        void close() {
            MockVaadin.tearDown();
        }
    }

    @Nested
    @SpringBootTest
    class InDemoMode extends OnLoginPage {

        @Test
        void showsOneDemoAccountPerRoleAndThePassword() {
            _get(LoginForm.class);
            @SuppressWarnings("unchecked")
            Grid<Object> accounts = _get(Grid.class, spec -> spec.withId("demo-accounts"));
            assertThat(GridKt._size(accounts)).isEqualTo(4);
            assertThat(_find(Paragraph.class)).anySatisfy(text -> assertThat(text.getText()).contains("demo-2026"));
        }
    }

    @Nested
    @SpringBootTest(properties = "cbm.demo-data.enabled=false")
    class OutsideDemoMode extends OnLoginPage {

        @Test
        void showsNoAccountAndNoPassword() {
            _get(LoginForm.class);
            assertThat(_find(Grid.class)).isEmpty();
            assertThat(_find(Paragraph.class)).noneSatisfy(text -> assertThat(text.getText()).contains("demo-2026"));
        }
    }
}
