package jp.office050.web.user.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.office050.lines.boundary.MyLine;
import jp.office050.lines.boundary.MyLineStatus;

/** The user settings site's first page: which line is signed in. */
@Named("userHome")
@RequestScoped
public class HomeBacking {

    @Inject
    MyLine myLine;

    private MyLineStatus status;

    public MyLineStatus getStatus() {
        if (status == null) {
            status = myLine.status();
        }
        return status;
    }
}
