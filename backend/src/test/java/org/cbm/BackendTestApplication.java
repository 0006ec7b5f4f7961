package org.cbm;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, for tests: the runnable application lives in the ui module. */
@SpringBootApplication
public class BackendTestApplication {
}
