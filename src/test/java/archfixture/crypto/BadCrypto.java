package archfixture.crypto;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks: crypto may use only the JDK and Bouncy Castle. */
public class BadCrypto {
  ObjectMapper mapper;
}
