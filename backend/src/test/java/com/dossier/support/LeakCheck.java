package com.dossier.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Asserts that a response body says nothing about the server's insides. */
public final class LeakCheck {
    private LeakCheck() {}

    public static void assertClean(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at com.")
                .doesNotContain("at io.")
                .doesNotContain("java.")
                .doesNotContain("jakarta.")
                .doesNotContain("org.postgresql")
                .doesNotContain("org.hibernate")
                .doesNotContain("SQLState")
                .doesNotContain("ERROR:")
                .doesNotContainIgnoringCase("select ")
                .doesNotContainIgnoringCase("insert into")
                .doesNotContain("127.0.0.1")
                .doesNotContain("localhost");
        String host = hostName();
        if (host != null && host.length() > 3) {
            assertThat(body).doesNotContain(host);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
