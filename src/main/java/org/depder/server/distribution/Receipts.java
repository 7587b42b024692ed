package org.depder.server.distribution;

/** Recording a device's receipt, as the HTTP layer and the USB import see it. */
@FunctionalInterface
public interface Receipts {
  ReceiptRecorded receive(byte[] receipt);
}
