extension StoryDefaults {
  /// Her answer to words put to the child (`name`) who is not at the table: she cannot speak for the child.
  static func childNotHere(_ name: String) -> [String] {
    [
      "\(name) is er niet bij. Dat kan ik niet voor \(name) zeggen.",
      "Dat moet u \(name) zelf vragen. Ik kan niet namens \(name) praten.",
    ]
  }
}
