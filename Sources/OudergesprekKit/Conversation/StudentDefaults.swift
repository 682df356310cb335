/// The engine's own Dutch lines for the student at the table, for what a scenario does not give.
enum StudentDefaults {
  /// A question on something the student has no line for: honest, short, and claiming nothing.
  static let unsure = ["Weet ik niet precies.", "Dat weet ik eigenlijk niet.", "Hm. Daar moet ik over nadenken."]
  /// A check of what the teacher says they wanted or told, by a student who asked for the conversation.
  static let confirm = ["Ja, dat klopt.", "Ja. Zo bedoelde ik het ook."]
  /// A paraphrase that claims they said what they did not.
  static let correct = ["Nee, dat zei ik niet.", "Nee, zo is het niet echt."]
  /// Asked again about a topic whose lines were all said.
  static let alreadySaid = ["Dat zei ik net al.", "Zoals ik zei."]
  /// A remark to the student after all their lines were said.
  static let acknowledge = ["Ja.", "Oké.", "Mm."]
}
