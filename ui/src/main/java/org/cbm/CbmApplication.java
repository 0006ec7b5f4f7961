package org.cbm;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ICT Security Capacity-Building Marketplace: web UI, services and (by default) an embedded database. */
@SpringBootApplication
@Meta(name = "description", content = "Needs-based matching of ICT-security capacity-building assistance between States")
public class CbmApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CbmApplication.class, args);
    }
}
