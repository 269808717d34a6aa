package jp.office050.it;

import java.io.File;
import jp.office050.it.server.ItFixtures;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Payara Micro runs in production, plus the test-only endpoints. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal() {
        File war = new File(System.getProperty("it.war", "target/oa.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage(ItFixtures.class.getPackage());
    }
}
