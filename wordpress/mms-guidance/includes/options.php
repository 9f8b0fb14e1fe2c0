<?php
/**
 * Options of the block and the shortcode, checked against the values the
 * element itself allows. Anything else is dropped and the default used, so no
 * value an author typed is ever printed as it came.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

/**
 * Clean options from the block (camelCase keys, typed values) or the shortcode
 * (snake_case keys, strings). Missing or bad values give the defaults:
 * lang '' (the page's language), heading level 2, light scheme, no accent
 * colour (the widget's own), share bar on, no structured data, nothing open.
 *
 * @param array $raw Options as given.
 * @return array{lang: string, heading_level: int, color_scheme: string, accent_color: string, share: bool, structured_data: bool, open_items: string[]}
 */
function mms_guidance_clean_options( $raw ) {
	$get = static function ( $snake, $camel ) use ( $raw ) {
		if ( isset( $raw[ $snake ] ) ) {
			return $raw[ $snake ];
		}
		return isset( $raw[ $camel ] ) ? $raw[ $camel ] : null;
	};

	// A language tag in any case, with a region or not: fr, FR, fr-BF, fr_FR all give fr.
	$lang  = is_string( $get( 'lang', 'lang' ) ) ? strtolower( trim( $get( 'lang', 'lang' ) ) ) : '';
	$lang  = preg_match( '/^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/', $lang, $tag ) ? $tag[1] : '';
	$level = $get( 'heading_level', 'headingLevel' );
	$level = is_numeric( $level ) && (string) (int) $level === trim( (string) $level ) ? (int) $level : 0;

	$scheme = $get( 'color_scheme', 'colorScheme' );
	$scheme = is_string( $scheme ) ? strtolower( trim( $scheme ) ) : '';

	$accent = $get( 'accent_color', 'accentColor' );
	$accent = is_string( $accent ) ? trim( $accent ) : '';

	$open = $get( 'open_items', 'openItems' );
	if ( is_string( $open ) ) {
		$open = preg_split( '/[\s,]+/', $open, -1, PREG_SPLIT_NO_EMPTY );
	}
	$open = is_array( $open ) ? array_values( array_intersect( mms_guidance_faq_ids(), array_filter( $open, 'is_string' ) ) ) : array();

	return array(
		'lang'            => in_array( $lang, mms_guidance_languages(), true ) ? $lang : '',
		'heading_level'   => $level >= 1 && $level <= 5 ? $level : 2,
		'color_scheme'    => in_array( $scheme, array( 'light', 'dark', 'auto' ), true ) ? $scheme : 'light',
		'accent_color'    => preg_match( '/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $accent ) ? strtolower( $accent ) : '',
		'share'           => mms_guidance_switch( $get( 'share', 'share' ), true ),
		'structured_data' => mms_guidance_switch( $get( 'structured_data', 'structuredData' ), false ),
		'open_items'      => $open,
	);
}

/**
 * An on/off option: a boolean from the block, or "on"/"off" (also "auto",
 * "true"/"false", "yes"/"no", "1"/"0") from the shortcode; anything else gives the default.
 *
 * @param mixed $value   As given.
 * @param bool  $default When missing or not understood.
 * @return bool
 */
function mms_guidance_switch( $value, $default ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$value = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	if ( in_array( $value, array( 'on', 'auto', 'true', 'yes', '1' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( 'off', 'false', 'no', '0' ), true ) ) {
		return false;
	}
	return $default;
}
