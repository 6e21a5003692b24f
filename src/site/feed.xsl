<?xml version="1.0" encoding="utf-8"?>
<!-- Renders pagefeed's RSS and Atom files as a page when opened in a browser;
     feed readers ignore it. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" indent="yes"/>

  <xsl:template match="/">
    <html>
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title | atom:feed/atom:title"/> (feed)</title>
        <style>
          body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fafafa; }
          main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          .subscribe { background: #fff8d6; border: 1px solid #e6d27a; border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0 1.5rem; }
          .subscribe code { word-break: break-all; }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
          article { background: #fff; border: 1px solid #e3e5e8; border-radius: 8px; padding: .9rem 1rem; margin: 0 0 .8rem; }
          article h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
          a { color: #0b5cad; }
          .meta { color: #5b6470; font-size: .875rem; margin: 0 0 .4rem; }
          article p { margin: .3rem 0 0; }
          @media (prefers-color-scheme: dark) {
            body { background: #111418; color: #e6e8eb; }
            article { background: #1a1e24; border-color: #2b313a; }
            .subscribe { background: #2a2612; border-color: #5c5221; }
            a { color: #7db4ff; } .meta { color: #9aa4b0; }
          }
        </style>
      </head>
      <body>
        <main>
          <xsl:apply-templates select="rss/channel | atom:feed"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="subscribe">
    <p class="subscribe"><strong>This is a web feed.</strong> To subscribe, copy the address of this page
      <xsl:if test="atom:link[@rel='self']/@href | self::atom:feed/atom:link[@rel='self']/@href">
        (<code><xsl:value-of select="(atom:link[@rel='self']/@href)[1]"/></code>)</xsl:if>
      into your feed reader.</p>
  </xsl:template>

  <xsl:template match="channel">
    <h1><xsl:value-of select="title"/></h1>
    <p class="meta"><xsl:value-of select="description"/> · from <a href="{link}"><xsl:value-of select="link"/></a></p>
    <xsl:call-template name="subscribe"/>
    <xsl:for-each select="item">
      <article>
        <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
        <p class="meta">
          <xsl:value-of select="pubDate"/>
          <xsl:if test="dc:creator"> · <xsl:value-of select="dc:creator"/></xsl:if>
        </p>
        <p><xsl:value-of select="description"/></p>
      </article>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="atom:feed">
    <h1><xsl:value-of select="atom:title"/></h1>
    <p class="meta"><xsl:value-of select="atom:subtitle"/> · from <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:link[@rel='alternate']/@href"/></a></p>
    <xsl:call-template name="subscribe"/>
    <xsl:for-each select="atom:entry">
      <article>
        <h2><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
        <p class="meta">
          <xsl:value-of select="substring(atom:published | atom:updated[not(../atom:published)], 1, 10)"/>
          <xsl:if test="atom:author/atom:name"> · <xsl:value-of select="atom:author/atom:name"/></xsl:if>
        </p>
        <p><xsl:value-of select="atom:summary"/></p>
      </article>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
