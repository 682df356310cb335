extension ParentPersona {
  /// Whether the parent is a man (vader, opa, oom, ...), read from the relation, so feedback says hij/zijn.
  public var isMale: Bool {
    let relation = relation.lowercased()
    let male = ["vader", "papa", "opa", "grootvader", "oom", "broer"]
    return male.contains { relation == $0 || relation.hasSuffix($0) }
  }

  /// The subject pronoun for the parent in feedback: "ze" or "hij".
  public var subjectPronoun: String { isMale ? "hij" : "ze" }

  /// The possessive pronoun for the parent in feedback: "haar" or "zijn".
  public var possessivePronoun: String { isMale ? "zijn" : "haar" }

  /// The object pronoun for the parent in feedback: "haar" or "hem".
  public var objectPronoun: String { isMale ? "hem" : "haar" }
}
