package org.corroborate.model;

/** What kind of publisher or provider a {@link Source} is. */
public enum SourceKind {
  /** A news outlet or news agency. */
  NEWS_OUTLET,
  /** A government body, ministry, army or official spokesperson channel. */
  GOVERNMENT,
  /** A non-governmental organisation, think tank or research group. */
  ORGANISATION,
  /** A personal or group blog, or an opinion site without an editorial desk. */
  BLOG,
  /** A social-media account. */
  SOCIAL_MEDIA,
  /** A database, catalogue, shop or web site providing structured records. */
  DATABASE,
  /** Not known. */
  UNKNOWN
}
