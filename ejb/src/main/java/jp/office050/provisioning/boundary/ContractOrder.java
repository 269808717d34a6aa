package jp.office050.provisioning.boundary;

import java.util.List;

/** A new contract as the provider orders it: basic contract number, customer name, option services. */
public record ContractOrder(String number, String customerName, List<String> services) {}
