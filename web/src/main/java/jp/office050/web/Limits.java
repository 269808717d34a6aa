package jp.office050.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.office050.administrators.entity.Administrator;
import jp.office050.credentials.control.Identifiers;
import jp.office050.credentials.control.PasswordPolicy;
import jp.office050.lines.entity.Line;
import jp.office050.options.entity.AddressBookEntry;
import jp.office050.options.entity.ForwardingSettings;

/** The limits the rules in Java keep, for the inputs' {@code maxlength}: one constant each, never a second number. */
@Named
@ApplicationScoped
public class Limits {

    public int getAdministratorId() {
        return Administrator.ADMIN_ID_LENGTH;
    }

    public int getLoginId() {
        return Line.LOGIN_ID_LENGTH;
    }

    public int getIdentifier() {
        return Identifiers.MAX_LENGTH;
    }

    public int getPassword() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public int getGreeting() {
        return ForwardingSettings.MAX_GREETING_LENGTH;
    }

    public int getAddress() {
        return ForwardingSettings.MAX_ADDRESS_LENGTH;
    }

    public int getBookName() {
        return AddressBookEntry.MAX_NAME_LENGTH;
    }
}
