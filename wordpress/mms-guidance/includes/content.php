<?php
/**
 * What the widget says, for the server-rendered fallback and the editor: read
 * from assets/content.json, which scripts/wordpress-package.mjs generates from
 * the widget's own content modules when it packages the plugin.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

/**
 * The built-in languages, keyed by tag: name, dir, keyMessage, guidanceLabel,
 * guidanceHref and faq (id => question). Empty when the plugin was not packaged.
 *
 * @return array
 */
function mms_guidance_content() {
	static $content = null;
	if ( null === $content ) {
		$file    = MMS_GUIDANCE_DIR . '/assets/content.json';
		$decoded = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$content = is_array( $decoded ) ? $decoded : array();
	}
	return $content;
}

/** @return string[] The language tags the widget has built in. */
function mms_guidance_languages() {
	return array_keys( mms_guidance_content() );
}

/** @return string[] The FAQ's ids, the values open_items may list. */
function mms_guidance_faq_ids() {
	$content = mms_guidance_content();
	return isset( $content['en']['faq'] ) ? array_keys( $content['en']['faq'] ) : array();
}

/**
 * The built-in language the site speaks (its locale, `fr_FR` -> `fr`), else English,
 * as the widget itself chooses for a language it lacks. The site's locale, not the
 * editing user's: the editor's preview shows the language readers will get.
 *
 * @return string
 */
function mms_guidance_page_language() {
	$tag = strtolower( substr( (string) get_locale(), 0, 2 ) );
	return in_array( $tag, mms_guidance_languages(), true ) ? $tag : 'en';
}
