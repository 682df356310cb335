/// One of the three parts of an ik-boodschap (reported as `iMessageParts`).
public enum IMessagePart: String, CaseIterable, Codable, Sendable, Comparable {
  case gedrag
  case gevolg
  case gevoel

  public static func < (lhs: IMessagePart, rhs: IMessagePart) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
