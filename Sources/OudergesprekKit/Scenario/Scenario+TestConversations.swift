extension Scenario {
  /// Decodes the scenario's `testgesprekken` (the last key of a scenario file); empty when there are none.
  ///
  /// A test conversation that cannot be used is left out, with its problems in `diagnostics`.
  static func decodeTestConversations(_ object: inout ObjectReader, diagnostics: inout [Diagnostic])
    -> [TestConversation]
  {
    guard let elements = object.array("testgesprekken", required: false, into: &diagnostics) else { return [] }
    return elements.enumerated().compactMap { index, element in
      TestConversation.decode(element, path: "testgesprekken[\(index)]", diagnostics: &diagnostics)
    }
  }
}
