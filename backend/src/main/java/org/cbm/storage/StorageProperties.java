package org.cbm.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded database keeps its data, used only when no MongoDB URI is configured.
 *
 * @param dataDirectory folder of the embedded database file, created if missing
 * @param inMemory      keep the embedded data in memory only (tests), nothing is written to disk
 * @param port          loopback port of the embedded server; 0 picks a free one
 */
@ConfigurationProperties("cbm.storage")
public record StorageProperties(Path dataDirectory, boolean inMemory, int port) {

    public StorageProperties {
        dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
    }
}
