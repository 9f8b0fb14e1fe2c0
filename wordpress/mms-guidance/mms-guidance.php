<?php
/**
 * Plugin Name:       MMS Guidance
 * Description:       The MMS TAG's guidance on postpartum use of multiple micronutrient supplements, with an accessible FAQ, as a block and a shortcode any author can use.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       mms-guidance
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

// The release writes the package's version here, in the header above, in block/block.json and in
// block/editor.asset.php (scripts/wordpress-package.mjs); the scripts' URLs carry it.
define( 'MMS_GUIDANCE_VERSION', '1.0.0' );
define( 'MMS_GUIDANCE_DIR', __DIR__ );
define( 'MMS_GUIDANCE_FILE', __FILE__ );

require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/prerendered.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';

add_action( 'init', 'mms_guidance_register' );

/** The block (a dynamic block: its PHP render runs on every view, so an updated plugin updates every page) and the shortcode. */
function mms_guidance_register() {
	$block = register_block_type( __DIR__ . '/block' );
	if ( $block ) {
		mms_guidance_pass_faq_to_editor( $block );
	}
	add_shortcode( 'mms_guidance', 'mms_guidance_shortcode' );
}

/**
 * [mms_guidance lang="fr" heading_level="3" color_scheme="auto" accent_color="#1b6b3a" share="off" structured_data="on" open_items="evidence unicef"]
 *
 * @param array|string $atts The shortcode's attributes, as the author wrote them.
 * @return string The element with its fallback.
 */
function mms_guidance_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'            => '',
			'heading_level'   => '',
			'color_scheme'    => '',
			'accent_color'    => '',
			'share'           => '',
			'structured_data' => '',
			'open_items'      => '',
		),
		is_array( $atts ) ? $atts : array(),
		'mms_guidance'
	);
	return mms_guidance_render( mms_guidance_clean_options( $atts ), '' );
}
