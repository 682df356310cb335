/// Who played which role in a session, for the transcript's `roles`.
public struct SessionRoles: Sendable, Equatable, Codable {
  public var docent: Player
  public var ouder: Player
  /// Nil when the student is not at the table.
  public var leerling: Player?

  public init(docent: Player = .docent, ouder: Player = .collega, leerling: Player? = nil) {
    self.docent = docent
    self.ouder = ouder
    self.leerling = leerling
  }
}
